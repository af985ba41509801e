// GeoJSON as @cloudbase/database stores db.Geo.* values, and the geo query operators its
// commands encode ($nearSphere, $geoWithin, $geoIntersects, aggregate().geoNear()).
// Distances are spherical (haversine); containment and intersection are planar on
// longitude/latitude, which matches MongoDB's 2dsphere for the small shapes apps use.
type Pos = [number, number]
type Ring = Pos[]
interface Geometry { type: string; coordinates: unknown }

// MongoDB's $centerSphere radians and $nearSphere metres use this radius.
export const EARTH_RADIUS_M = 6378100

export const isGeometry = (v: unknown): v is Geometry =>
  !!v && typeof v === 'object' && typeof (v as Geometry).type === 'string' && Array.isArray((v as Geometry).coordinates)

export function distanceMeters(a: Pos, b: Pos): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A geometry as points, segments and polygons (outer ring first, then holes). */
function parts(g: Geometry): { points: Pos[]; segments: Array<[Pos, Pos]>; polygons: Ring[][] } {
  const c = g.coordinates as never
  const lines: Pos[][] = g.type === 'LineString' ? [c] : g.type === 'MultiLineString' ? c : []
  const polygons: Ring[][] = g.type === 'Polygon' ? [c] : g.type === 'MultiPolygon' ? c : []
  const points: Pos[] = g.type === 'Point' ? [c] : g.type === 'MultiPoint' ? c : []
  const segments: Array<[Pos, Pos]> = []
  for (const line of [...lines, ...polygons.flat()]) for (let i = 1; i < line.length; i++) segments.push([line[i - 1], line[i]])
  return { points: [...points, ...lines.flat(), ...polygons.flat(2)], segments, polygons }
}

function inRing(p: Pos, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const inPolygon = (p: Pos, [outer, ...holes]: Ring[]) => inRing(p, outer) && !holes.some((h) => inRing(p, h))

function crosses([a, b]: [Pos, Pos], [c, d]: [Pos, Pos]): boolean {
  const orient = (p: Pos, q: Pos, r: Pos) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))
  const onSegment = (p: Pos, q: Pos, r: Pos) => Math.min(p[0], r[0]) <= q[0] && q[0] <= Math.max(p[0], r[0]) && Math.min(p[1], r[1]) <= q[1] && q[1] <= Math.max(p[1], r[1])
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)]
  if (o1 !== o2 && o3 !== o4) return true
  return (o1 === 0 && onSegment(a, c, b)) || (o2 === 0 && onSegment(a, d, b)) || (o3 === 0 && onSegment(c, a, d)) || (o4 === 0 && onSegment(c, b, d))
}

export function intersects(a: Geometry, b: Geometry): boolean {
  const pa = parts(a)
  const pb = parts(b)
  const covers = (p: { polygons: Ring[][]; segments: Array<[Pos, Pos]> }, q: Pos) =>
    p.polygons.some((poly) => inPolygon(q, poly)) || p.segments.some((s) => crosses(s, [q, q]))
  if (pa.points.some((q) => covers(pb, q) || pb.points.some((r) => r[0] === q[0] && r[1] === q[1]))) return true
  if (pb.points.some((q) => covers(pa, q))) return true
  return pa.segments.some((s) => pb.segments.some((t) => crosses(s, t)))
}

/** $centerSphere: every vertex of `g` within `meters` of `center`. */
export const withinRadius = (g: Geometry, center: Pos, meters: number) => parts(g).points.every((p) => distanceMeters(center, p) <= meters)

export function within(g: Geometry, region: Geometry): boolean {
  const { polygons } = parts(region)
  return parts(g).points.every((p) => polygons.some((poly) => inPolygon(p, poly)))
}

/** Closest point of a segment to `p`, on a local equirectangular projection (fine for short segments). */
function closestOnSegment(p: Pos, [a, b]: [Pos, Pos]): Pos {
  const k = Math.cos((p[1] * Math.PI) / 180)
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]]
  const len = (bx - ax) ** 2 + (by - ay) ** 2
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len)) : 0
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
}

/** Metres from `from` to the nearest point of `g` (0 inside a polygon). */
export function distanceTo(g: Geometry, from: Pos): number {
  const { points, segments, polygons } = parts(g)
  if (polygons.some((poly) => inPolygon(from, poly))) return 0
  const candidates = [...points, ...segments.map((s) => closestOnSegment(from, s))]
  return Math.min(...candidates.map((p) => distanceMeters(from, p)))
}

export const pointOf = (g: unknown): Pos | undefined => (isGeometry(g) && g.type === 'Point' ? (g.coordinates as Pos) : undefined)
