/** On a phone, the button that docks the map at the top of the screen and undocks it. */
export default function MapDockToggle({ docked, onToggle }: { docked: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="map-dock-toggle" aria-expanded={docked} aria-controls="map" onClick={onToggle}>
      {docked ? 'Hide map' : 'Show map'}
    </button>
  );
}
