import { useState } from 'preact/hooks';
import { request } from '../../utils/messaging/client';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A small form for adding a term of one's own. */
export function QuickAddTerm({ onSaved }: { onSaved: () => void }) {
  const [label, setLabel] = useState('');
  const [definition, setDefinition] = useState('');
  const [source, setSource] = useState('');
  const [status, setStatus] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await request('record/put', {
        kind: 'term',
        record: {
          id: `user-${slug(label)}`,
          label,
          aliases: [],
          caseSensitive: /^[A-Z0-9+-]+$/.test(label),
          category: 'concept',
          definition,
          related: [],
          sources: [{ title: 'Added by the reader', publisher: 'Reader', date: null, url: source }],
        },
      });
      setStatus(`Saved "${label}".`);
      setLabel('');
      setDefinition('');
      onSaved();
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <form class="quick-add" onSubmit={save}>
      <h2>Add a term</h2>
      <label>
        Label <input name="label" required value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label>
        Definition <textarea name="definition" required value={definition} onInput={(e) => setDefinition(e.currentTarget.value)} />
      </label>
      <label>
        Source address <input name="source" type="url" required value={source} onInput={(e) => setSource(e.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>
      <p role="status">{status}</p>
    </form>
  );
}
