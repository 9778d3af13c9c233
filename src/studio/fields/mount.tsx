import { Component, createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * Sveltia CMS renders custom fields and previews with its own copy of React, where this project's
 * hooks would not run. Each of the studio's own components is therefore rendered by the project's
 * React into a root of its own, inside the element the CMS's React draws: the CMS passes props
 * in, and every change of them renders the component again.
 */
export function mountedInCms<Props extends object>(Inner: ComponentType<Props>, name: string) {
  return class MountedInCms extends Component<Props> {
    static displayName = `MountedInCms(${name})`;
    private element: HTMLDivElement | null = null;
    private root: Root | null = null;

    override componentDidMount() {
      if (!this.element) return;
      this.root = createRoot(this.element);
      this.root.render(createElement(Inner, this.props));
    }

    override componentDidUpdate() {
      this.root?.render(createElement(Inner, this.props));
    }

    override componentWillUnmount() {
      const root = this.root;
      this.root = null;
      // Unmounting while the CMS's React renders is refused: wait for the next task.
      setTimeout(() => root?.unmount(), 0);
    }

    override render() {
      return createElement('div', {
        ref: (element: HTMLDivElement | null) => {
          this.element = element;
        },
      });
    }
  };
}
