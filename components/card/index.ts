export { EntityCard, type EntityCardProps } from './EntityCard';
export { displayName, findEntity } from './card-model';
export { CARD_CSS } from './card-css';
