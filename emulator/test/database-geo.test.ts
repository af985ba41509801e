import { realSdk, startWire, type Running } from './support/emulator'

// db.Geo types are stored as GeoJSON and come back as Geo objects; the geo commands are
// encoded by @cloudbase/database's serializer/query.js as $nearSphere, $geoWithin, $geoIntersects.
let emu: Running
let db: any

beforeAll(async () => {
  emu = await startWire()
  db = realSdk(`${emu.url}/admin`).database()
  const { Point, LineString } = db.Geo
  await db.collection('ops').add({ data: { _id: 'office', at: new Point(117.0, 32.0) } })
  await db.collection('ops').add({ data: { _id: 'clinic', at: new Point(117.01, 32.0) } }) // ~945 m east
  await db.collection('ops').add({ data: { _id: 'far', at: new Point(118.0, 33.0) } })
  await db.collection('ops').add({ data: { _id: 'road', at: new LineString([new Point(116.9, 31.9), new Point(117.1, 32.1)]) } })
})
afterAll(() => emu.close())

const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id)
const square = (db: any, lng: number, lat: number, half: number) => {
  const { Point, LineString, Polygon } = db.Geo
  const c = [[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]]
  return new Polygon([new LineString(c.map(([x, y]) => new Point(x, y)))])
}

it('stores db.Geo.Point as GeoJSON and answers it as a Geo point', async () => {
  expect(emu.wire.db.collection('ops').findOne({ _id: 'office' })?.at).toEqual({ type: 'Point', coordinates: [117, 32] })
  const { data } = await db.collection('ops').doc('office').get()
  expect([data.at.longitude, data.at.latitude]).toEqual([117, 32])
})

it('geoNear answers points within the distance, nearest first', async () => {
  const res = await db.collection('ops').where({ at: db.command.geoNear({ geometry: new db.Geo.Point(117.02, 32.0), maxDistance: 3000 }) }).get()
  expect(ids(res)).toEqual(['clinic', 'road', 'office']) // the road passes ~1.4 km away, the office is ~1.9 km
  const ring = await db.collection('ops').where({ at: db.command.geoNear({ geometry: new db.Geo.Point(117.0, 32.0), minDistance: 500, maxDistance: 2000 }) }).get()
  expect(ids(ring)).toEqual(['clinic'])
})

it('geoWithin a polygon or a centerSphere', async () => {
  const res = await db.collection('ops').where({ at: db.command.geoWithin({ geometry: square(db, 117, 32, 0.05) }) }).get()
  expect(ids(res)).toEqual(['office', 'clinic'])
  const sphere = await db.collection('ops').where({ at: db.command.geoWithin({ centerSphere: [new db.Geo.Point(117, 32), 2000 / 6378100] }) }).get()
  expect(ids(sphere)).toEqual(['office', 'clinic'])
})

it('geoIntersects: a line crossing a polygon, a point on a line', async () => {
  const res = await db.collection('ops').where({ at: db.command.geoIntersects({ geometry: square(db, 117.05, 32.05, 0.02) }) }).get()
  expect(ids(res)).toEqual(['road'])
  const onRoad = await db.collection('ops').where({ at: db.command.geoIntersects({ geometry: new db.Geo.Point(117.0, 32.0) }) }).get()
  expect(ids(onRoad)).toEqual(['office', 'road'])
})

it('aggregate().geoNear() adds the distance and sorts by it', async () => {
  const res = await db.collection('ops').aggregate()
    .geoNear({ near: new db.Geo.Point(117.0, 32.0), spherical: true, distanceField: 'd', maxDistance: 5000, query: { _id: db.command.neq('road') }, key: 'at' })
    .project({ _id: 1, d: 1 })
    .end()
  expect(res.list.map((r: { _id: string }) => r._id)).toEqual(['office', 'clinic'])
  expect(res.list[1].d).toBeGreaterThan(900)
  expect(res.list[1].d).toBeLessThan(1000)
})
