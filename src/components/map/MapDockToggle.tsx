interface Props {
  docked: boolean;
  /** The map is on screen in the text's flow: nothing to show, and the button would cover it. */
  hidden: boolean;
  onToggle: () => void;
}

/** On a phone, the button that docks the map at the top of the screen and undocks it. */
export default function MapDockToggle({ docked, hidden, onToggle }: Props) {
  return (
    <button
      type="button"
      className="map-dock-toggle"
      aria-expanded={docked}
      aria-controls="map"
      hidden={hidden}
      onClick={onToggle}
    >
      {docked ? 'Hide map' : 'Show map'}
    </button>
  );
}
