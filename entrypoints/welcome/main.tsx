/**
 * The welcome page (issue 18), an unlisted extension page: what is marked, how to hover, pin, copy
 * and step with the keyboard, how the article's date is found and changed, where the popup and the
 * options are, and the offline promise. Reachable again from the popup ("Welcome and keys").
 */
import { render } from 'preact';
import { Welcome } from './Welcome';
import './welcome.css';

render(<Welcome />, document.getElementById('app') as HTMLElement);
document.documentElement.dataset.welcome = 'ready';
