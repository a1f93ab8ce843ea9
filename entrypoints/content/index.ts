import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../../utils/messaging/client';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main() {
    // The attribute lets tests (and curious readers) see that the content script reached the
    // background; it is the only change made to the page's DOM outside the card's shadow root.
    const root = document.documentElement;
    try {
      const info = await request('corpus/info', {});
      root.setAttribute('data-defence-lens', `ready ${info.version}`);
    } catch (error) {
      root.setAttribute('data-defence-lens', 'error');
      console.warn('Defence Lens: background unavailable', error);
    }
  },
});
