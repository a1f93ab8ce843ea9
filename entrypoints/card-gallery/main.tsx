/**
 * The card gallery, an unlisted extension page (card-gallery.html: not in web_accessible_resources,
 * so no web page can load it). It asks the background for the whole corpus, as the popup does.
 */
import { render } from 'preact';
import { CARD_CSS } from '../../components/card';
import { buildCardFixtures } from '../../components/card/fixtures';
import { request } from '../../utils/messaging/client';
import { CardGallery } from './CardGallery';
import './gallery.css';

const app = document.getElementById('app') as HTMLElement;
const style = document.createElement('style');
// The card's styles are written for its shadow root; here the page is the card's only context.
style.textContent = CARD_CSS.replace(':host { all: initial; }', '');
document.head.append(style);

async function show(): Promise<void> {
  try {
    const corpus = await request('corpus/full', {});
    render(<CardGallery corpus={corpus} fixtures={buildCardFixtures(corpus)} />, app);
    document.documentElement.dataset.gallery = 'ready';
  } catch (error) {
    app.textContent = `Could not load the corpus: ${String(error)}`;
    document.documentElement.dataset.gallery = 'error';
  }
}

void show();
