/**
 * Every card state at once (components/card/*.fixture.ts), each in the light and the dark theme,
 * as the hover card shows it on a page. For people who work on the card and for the screenshot
 * `npm start` takes; test/e2e/card-gallery.e2e.ts checks each fixture's text here.
 */
import { CardShell } from '../../components/card/CardShell';
import type { CardFixture } from '../../components/card/fixtures';
import type { Corpus } from '../../utils/corpus/schema';

const noop = () => {};

function FixtureSection({ corpus, fixture }: { corpus: Corpus; fixture: CardFixture }) {
  return (
    <section class="fixture" id={fixture.name} data-fixture={fixture.name}>
      <h2>{fixture.state}</h2>
      <p class="meta">
        <code>{fixture.name}</code> · “{fixture.mention.text}” · article date {fixture.date.date ?? 'unknown'}
      </p>
      <div class="themes">
        {[false, true].map((dark) => (
          <div class="theme" data-theme={dark ? 'dark' : 'light'} key={String(dark)}>
            <CardShell
              corpus={corpus}
              mention={fixture.mention}
              date={fixture.date}
              pinned={false}
              dark={dark}
              visible
              onTogglePin={noop}
              onClose={noop}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

export function CardGallery({ corpus, fixtures }: { corpus: Corpus; fixtures: (CardFixture | Error)[] }) {
  return (
    <main>
      <h1>Card gallery</h1>
      <p class="meta">
        Each state of the hover card, from the fixtures in <code>components/card/</code>, on corpus {corpus.version}.
      </p>
      {fixtures.map((f) =>
        f instanceof Error ? (
          <p class="broken" role="alert" key={f.message}>
            {f.message}
          </p>
        ) : (
          <FixtureSection corpus={corpus} fixture={f} key={f.name} />
        ),
      )}
    </main>
  );
}
