interface Props {
  docked: boolean;
  /** The map is on screen in the text's flow: nothing to show, and the button would cover it. */
  hidden: boolean;
  onToggle: () => void;
  /** "Show map" or "Hide map", in the page's words. */
  label: string;
}

/** On a phone, the button that docks the map at the top of the screen and undocks it. */
export default function MapDockToggle({ docked, hidden, onToggle, label }: Props) {
  return (
    <button
      type="button"
      className="map-dock-toggle"
      aria-expanded={docked}
      aria-controls="map"
      hidden={hidden}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
