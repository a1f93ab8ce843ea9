export { CARD_CSS } from './card-css';
export { displayName, findEntity } from './card-model';
export { EntityCard, type EntityCardProps } from './EntityCard';
