/**
 * The card's styles, injected into its shadow root (and the popup), so page CSS never reaches it.
 * Sizes follow --dl-fs and the width --dl-width, which the reader's card settings set (card-look.ts).
 */
export const CARD_CSS = `
:host { all: initial; }
.dl-shell { font: var(--dl-fs, 14px)/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); width: var(--dl-width, 360px); max-width: calc(100vw - 24px);
  max-height: min(70vh, 520px); overflow: auto; padding: 12px 14px; box-sizing: border-box; }
.dl-shell.dl-dark { color: #e6edf3; background: #161b22; border-color: #30363d; }
.dl-bar { display: flex; justify-content: flex-end; gap: 6px; margin: -4px -6px 2px 0; }
.dl-bar button { font: inherit; font-size: calc(var(--dl-fs, 14px) * 12 / 14); background: none; border: 1px solid transparent; border-radius: 6px; cursor: pointer; color: inherit; opacity: .7; padding: 1px 6px; }
.dl-bar button:hover, .dl-bar button[aria-pressed="true"] { opacity: 1; border-color: currentColor; }
.dl-card header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.dl-title { font-size: calc(var(--dl-fs, 14px) * 16 / 14); margin: 0; }
.dl-kind { font-size: calc(var(--dl-fs, 14px) * 11 / 14); text-transform: uppercase; letter-spacing: .06em; opacity: .75; }
.dl-sub { margin: 2px 0 6px; opacity: .8; }
.dl-role { margin: 6px 0; }
.dl-text { margin: 6px 0; }
.dl-label { font-size: calc(var(--dl-fs, 14px) * 11 / 14); text-transform: uppercase; letter-spacing: .05em; opacity: .65; }
.dl-muted { opacity: .65; }
ul { margin: 4px 0; padding-left: 18px; }
.dl-flags { background: #fff4e5; color: #7a3e00; border-radius: 6px; padding: 6px 8px; margin-bottom: 8px; }
.dl-dark .dl-flags { background: #3d2600; color: #ffd8a8; }
.dl-flags p { margin: 2px 0; }
.dl-unverified { color: #9a6700; font-size: calc(var(--dl-fs, 14px) * 12 / 14); }
.dl-dark .dl-unverified { color: #d29922; }
.dl-sources { border-top: 1px solid rgba(127,127,127,.3); margin-top: 8px; padding-top: 6px; font-size: calc(var(--dl-fs, 14px) * 12 / 14); }
a, .dl-link { color: #0969da; }
.dl-dark a, .dl-dark .dl-link { color: #58a6ff; }
.dl-link { background: none; border: none; padding: 0; font: inherit; cursor: pointer; text-decoration: underline; }
.dl-date { font-size: calc(var(--dl-fs, 14px) * 11 / 14); margin: 6px 0 0; }
.dl-copy { display: flex; align-items: center; gap: 6px; margin: 4px 0; font-size: calc(var(--dl-fs, 14px) * 12 / 14); }
.dl-copy button { font: inherit; color: inherit; background: none; border: 1px solid rgba(127,127,127,.5); border-radius: 6px; padding: 1px 8px; cursor: pointer; }
.dl-copy button:hover, .dl-copy button:focus-visible { border-color: currentColor; }
.dl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; margin: -1px; }
.dl-timeline { margin: 8px 0; }
.dl-tl-rows { list-style: none; padding: 0; margin: 4px 0; font-size: calc(var(--dl-fs, 14px) * 12 / 14); }
.dl-tl-rows li { display: grid; grid-template-columns: 9em 1fr; grid-template-rows: auto auto; column-gap: 6px; align-items: center; margin: 4px 0; }
.dl-tl-name .dl-link { min-height: 24px; text-align: left; }
.dl-tl-name { grid-row: 1 / span 2; overflow: hidden; text-overflow: ellipsis; }
.dl-tl-track { position: relative; height: 8px; border-radius: 4px; background: rgba(127,127,127,.15); }
.dl-tl-bar { position: absolute; top: 1px; bottom: 1px; border-radius: 3px; background: #8c959f; }
.dl-tl-on .dl-tl-bar { background: #0969da; top: -1px; bottom: -1px; outline: 1px solid currentColor; }
.dl-tl-acting { background: repeating-linear-gradient(45deg, #8c959f 0 3px, transparent 3px 6px); }
.dl-tl-mark { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; background: #cf222e; }
.dl-tl-dates { font-size: calc(var(--dl-fs, 14px) * 11 / 14); }
.dl-tl-on .dl-tl-name { font-weight: 600; }
.dl-dark .dl-tl-on .dl-tl-bar { background: #58a6ff; }
.dl-dark .dl-tl-mark { background: #ff7b72; }
.dl-bar .dl-back { margin-right: auto; opacity: 1; }
.dl-more { display: inline-block; min-height: 24px; margin: 4px 0 0; }
.dl-candidates ul { list-style: none; padding: 0; }
.dl-candidates li { margin: 4px 0; }
.dl-why { font-size: calc(var(--dl-fs, 14px) * 12 / 14); }
.dl-choose { font: inherit; font-size: calc(var(--dl-fs, 14px) * 12 / 14); color: inherit; background: none; border: 1px solid rgba(127,127,127,.6); border-radius: 6px; padding: 1px 8px; min-height: 24px; cursor: pointer; }
.dl-choose[aria-pressed="true"] { border-color: currentColor; font-weight: 600; }
`;
