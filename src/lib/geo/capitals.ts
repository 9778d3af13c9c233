import type { Capital } from '../../schemas/map';
import type { Frame } from './frame';
import type { MapModel } from './map-types';
import { roundToTenth } from './place-markers';

/** The capitals the analysis names, at their projected points. */
export function projectCapitals(capitals: Capital[], frame: Frame): MapModel['capitals'] {
  return capitals.map((capital) => {
    const [x, y] = frame.projection(capital.coordinates)!;
    return { name: capital.name, x: roundToTenth(x), y: roundToTenth(y) };
  });
}
