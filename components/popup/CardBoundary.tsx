/**
 * A record of the reader's that no longer fits the schema can make a card throw while rendering;
 * the popup shows a plain message in its place and stays usable (Back and search still work).
 */
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Changing it (another card opened) clears a previous failure. */
  id: string;
  children: ComponentChildren;
}

export class CardBoundary extends Component<Props, { failedId: string | undefined }> {
  override state = { failedId: undefined as string | undefined };

  override componentDidCatch(error: unknown) {
    this.setState({ failedId: this.props.id });
    console.warn('Defence Lens: a card could not be shown', error);
  }

  render() {
    if (this.state.failedId === this.props.id) {
      return (
        <p role="alert" class="empty" data-testid="card-broken">
          The record “{this.props.id}” cannot be shown: it is incomplete or damaged. Open the options page to fix or delete it.
        </p>
      );
    }
    return this.props.children;
  }
}
