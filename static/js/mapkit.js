/* Shared map pieces: the base layers (configured tiles, and the offline basemap of Natural Earth
   countries and regions built by `make setup`), status markers that spread or cluster when they
   overlap, and areas drawn as their region's outline. Every text a user could have written is set
   with textContent, never as HTML. */
(function () {
  'use strict';

  const LABELS = {
    confirmed: 'Confirmed',
    denied: 'Denied',
    disputed: 'Disputed',
    unverified: 'Unverified',
    mixed: 'Mixed',
  };
  const ORDER = ['confirmed', 'denied', 'disputed', 'unverified'];
  // Tiles that have not drawn one image by then are taken as unavailable (a hanging network).
  const TILE_PATIENCE_MS = 8000;
  const TILES_NAME = 'Map tiles';
  const OFFLINE_NAME = 'Offline basemap';

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many || one + 's');
  }

  function statusColour(status) {
    return getComputedStyle(document.documentElement).getPropertyValue('--status-' + status).trim() || '#777';
  }

  // -------------------------------------------------------------------------------------------
  // The offline basemap: a quantized TopoJSON with `countries` and `regions`, decoded here (the
  // few lines of topojson-client the map needs: polygons, and the arcs shared or not).

  let basemapPromise = null;

  function decodeArcs(topo) {
    const scale = topo.transform.scale;
    const translate = topo.transform.translate;
    return topo.arcs.map(function (arc) {
      let x = 0;
      let y = 0;
      return arc.map(function (delta) {
        x += delta[0];
        y += delta[1];
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      });
    });
  }

  function ringOf(arcs, indexes) {
    const ring = [];
    indexes.forEach(function (index, k) {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      arc.forEach(function (point, i) { if (i > 0 || k === 0) ring.push(point); });
    });
    return ring;
  }

  function featuresOf(topo, arcs, name) {
    return topo.objects[name].geometries.map(function (g, index) {
      const shapes = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      const polygons = shapes.map(function (polygon) {
        return polygon.map(function (ring) { return ringOf(arcs, ring); });
      });
      return {
        type: 'Feature',
        index: index,
        properties: g.properties || {},
        geometry: { type: 'MultiPolygon', coordinates: polygons },
        bbox: boxOf(polygons),
      };
    });
  }

  function boxOf(polygons) {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    polygons.forEach(function (polygon) {
      polygon[0].forEach(function (p) {
        if (p[0] < box[0]) box[0] = p[0];
        if (p[1] < box[1]) box[1] = p[1];
        if (p[0] > box[2]) box[2] = p[0];
        if (p[1] > box[3]) box[3] = p[1];
      });
    });
    return box;
  }

  /* The arcs of an object as lines: those two of its features share (borders), and those only
     one has (coasts, for countries). */
  function meshOf(topo, arcs, name) {
    const users = new Map();
    topo.objects[name].geometries.forEach(function (g, index) {
      const shapes = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      shapes.forEach(function (polygon) {
        polygon.forEach(function (ring) {
          ring.forEach(function (i) {
            const key = i < 0 ? ~i : i;
            const set = users.get(key) || new Set();
            set.add(index);
            users.set(key, set);
          });
        });
      });
    });
    const shared = [];
    const alone = [];
    users.forEach(function (set, key) { (set.size > 1 ? shared : alone).push(arcs[key]); });
    return {
      shared: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: shared } },
      alone: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: alone } },
    };
  }

  /* The basemap, fetched once per page; null when it cannot be had (the map works without it). */
  function loadBasemap(url) {
    if (!basemapPromise) {
      basemapPromise = !url ? Promise.resolve(null) : fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (topo) {
          if (!topo || !topo.objects || !topo.objects.countries) return null;
          const arcs = decodeArcs(topo);
          const countryMesh = meshOf(topo, arcs, 'countries');
          return {
            countries: featuresOf(topo, arcs, 'countries'),
            regions: featuresOf(topo, arcs, 'regions'),
            borders: countryMesh.shared,
            coasts: countryMesh.alone,
            regionLines: meshOf(topo, arcs, 'regions').shared,
          };
        })
        .catch(function () { return null; });
    }
    return basemapPromise;
  }

  // -------------------------------------------------------------------------------------------
  // Names on the offline basemap: countries when zoomed out, regions (oblasts, krais,
  // provinces) from zoom 4, the biggest first, none on top of another.

  function labelLayer(map, basemap) {
    const layer = L.layerGroup();
    const candidates = [];
    basemap.countries.forEach(function (f) {
      if (f.properties.label) candidates.push({ kind: 'country', f: f, size: f.properties.size || 0 });
    });
    basemap.regions.forEach(function (f) {
      if (f.properties.label) candidates.push({ kind: 'region', f: f, size: f.properties.size || 0 });
    });
    candidates.sort(function (a, b) { return b.size - a.size; });

    function draw() {
      layer.clearLayers();
      if (!map.hasLayer(layer)) return;
      const zoom = map.getZoom();
      const perDegree = (256 * Math.pow(2, zoom)) / 360;
      const view = map.getBounds().pad(0.1);
      const placed = [];
      let shown = 0;
      candidates.forEach(function (c) {
        if (c.kind === 'country' && zoom > 5) return;
        if (c.kind === 'region' && zoom < 4) return;
        const ll = L.latLng(c.f.properties.label[1], c.f.properties.label[0]);
        if (!view.contains(ll)) return;
        const name = c.f.properties.name;
        const width = name.length * (c.kind === 'country' ? 7.5 : 6.5) + 6;
        const height = c.kind === 'country' ? 16 : 14;
        // A name wider than its region is more noise than help.
        if (c.size * perDegree * perDegree < width * height * 1.2) return;
        const p = map.latLngToLayerPoint(ll);
        const box = L.bounds([p.x - width / 2, p.y - height / 2], [p.x + width / 2, p.y + height / 2]);
        if (placed.some(function (b) { return b.intersects(box); })) return;
        placed.push(box);
        const text = el('span', 'basemap-label-text', name);
        L.marker(ll, {
          icon: L.divIcon({ html: text, className: 'basemap-label basemap-label-' + c.kind, iconSize: null }),
          interactive: false,
          keyboard: false,
          pane: 'basemapLabels',
        }).addTo(layer);
        shown += 1;
      });
      map.getContainer().dataset.basemapLabels = String(shown);
    }

    map.on('moveend', draw); // after every zoom too
    layer.on('add', function () { setTimeout(draw, 0); });
    return layer;
  }

  function fillOfflineLayer(map, layer, basemap) {
    const renderer = L.svg({ pane: 'basemap', padding: 0.5 });
    const style = function (className) {
      return { renderer: renderer, interactive: false, className: className, pane: 'basemap' };
    };
    L.geoJSON({ type: 'FeatureCollection', features: basemap.countries }, style('basemap-land')).addTo(layer);
    L.geoJSON(basemap.regionLines, style('basemap-region-line')).addTo(layer);
    L.geoJSON(basemap.borders, style('basemap-border')).addTo(layer);
    L.geoJSON(basemap.coasts, style('basemap-coast')).addTo(layer);
    labelLayer(map, basemap).addTo(layer);
  }

  /* The base layers: the configured tiles and the offline basemap, in a layers control. The
     offline basemap takes over when the tiles fail (or draw nothing for a while), and a note says
     so; with no tile URL configured it is the only one. */
  function addBaseLayers(map, config, note) {
    const container = map.getContainer();
    map.createPane('basemap').classList.add('basemap-pane');
    map.createPane('basemapLabels').classList.add('basemap-labels-pane');
    const offline = L.layerGroup();
    const layers = {};
    let tiles = null;
    if (config.tiles) {
      tiles = L.tileLayer(config.tiles, { attribution: config.attribution || '', maxZoom: 18 });
      layers[TILES_NAME] = tiles;
    }
    layers[OFFLINE_NAME] = offline;
    L.control.layers(layers, null, { position: 'topright' }).addTo(map);

    function show(which) {
      container.dataset.base = which;
      container.classList.toggle('is-offline', which === 'offline');
    }
    map.on('baselayerchange', function (e) { show(e.layer === offline ? 'offline' : 'tiles'); });

    function fallBack(reason) {
      container.dataset.tiles = reason;
      if (note) note.hidden = false;
      if (tiles && map.hasLayer(tiles) && !tiles.loadedOnce) {
        map.removeLayer(tiles);
        offline.addTo(map);
        show('offline');
      }
    }

    if (tiles) {
      tiles.loadedOnce = false;
      tiles.on('tileerror', function () { if (!tiles.loadedOnce) fallBack('failed'); });
      tiles.on('tileload', function () {
        tiles.loadedOnce = true;
        if (note) note.hidden = true;
        container.dataset.tiles = 'loaded';
      });
      tiles.addTo(map);
      show('tiles');
      setTimeout(function () { if (!tiles.loadedOnce) fallBack('slow'); }, TILE_PATIENCE_MS);
    } else {
      if (note) note.hidden = false;
      offline.addTo(map);
      show('offline');
    }

    const ready = loadBasemap(config.basemap_url).then(function (basemap) {
      container.dataset.basemap = basemap ? 'ready' : 'missing';
      if (basemap) fillOfflineLayer(map, offline, basemap);
      else if (note) note.textContent = 'Map tiles could not be loaded, and no offline basemap was built: the places are still marked.';
      return basemap;
    });
    return { tiles: tiles, offline: offline, ready: ready };
  }

  /* Kept for pages that want only the tiles (and their note). */
  function addTiles(map, config, note) {
    return addBaseLayers(map, config, note).tiles;
  }

  // -------------------------------------------------------------------------------------------
  // Areas: the region's (or country's) own outline when the basemap has it, else a light circle.

  const GENERIC = /\b(region|oblast|oblast'|krai|kray|province|republic|of|the|autonomous|okrug|city|governorate|prefecture|territory|raion|district|do)\b/g;

  function words(name) {
    return (name || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/['’ʼ]/g, '').replace(GENERIC, ' ').split(/[^a-z]+/).filter(function (w) { return w.length >= 4; });
  }

  function sameName(a, b) {
    const wa = words(a);
    const wb = words(b);
    return wa.some(function (x) {
      return wb.some(function (y) {
        const n = Math.min(5, x.length, y.length);
        return x.slice(0, n) === y.slice(0, n);
      });
    });
  }

  function inRing(x, y, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0];
      const yi = ring[i][1];
      const xj = ring[j][0];
      const yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  function contains(feature, lon, lat) {
    const b = feature.bbox;
    if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) return false;
    return feature.geometry.coordinates.some(function (polygon) {
      return inRing(lon, lat, polygon[0]) && !polygon.slice(1).some(function (hole) { return inRing(lon, lat, hole); });
    });
  }

  /* The basemap feature an area place stands for: the region (or country) its point lies in,
     when the names agree ("Kursk region" in Kursk; "Eastern Russia" is in no region of that name). */
  function outlineOf(place, basemap) {
    if (!basemap || !place.area) return null;
    const pool = place.kind === 'country' ? basemap.countries : place.kind === 'region' ? basemap.regions : [];
    const hit = pool.find(function (f) {
      return contains(f, place.lon, place.lat) && sameName(place.name, f.properties.name);
    });
    return hit || null;
  }

  function addArea(layer, place, basemap) {
    if (!place.area) return null;
    const status = place.status || 'unverified';
    const outline = outlineOf(place, basemap);
    if (outline) {
      return L.geoJSON(outline, {
        className: 'area area-outline area-' + place.kind + ' area-' + status,
        interactive: false,
      }).addTo(layer);
    }
    if (!place.radius_km) return null;
    return L.circle([place.lat, place.lon], {
      radius: place.radius_km * 1000,
      className: 'area area-circle area-' + status,
      interactive: false,
    }).addTo(layer);
  }

  // -------------------------------------------------------------------------------------------
  // Markers

  function pieBackground(statuses) {
    const total = ORDER.reduce(function (sum, s) { return sum + (statuses[s] || 0); }, 0) || 1;
    let at = 0;
    const stops = [];
    ORDER.forEach(function (s) {
      const n = statuses[s] || 0;
      if (!n) return;
      const from = (at / total) * 360;
      at += n;
      const to = (at / total) * 360;
      stops.push(statusColour(s) + ' ' + from.toFixed(1) + 'deg ' + to.toFixed(1) + 'deg');
    });
    return 'conic-gradient(' + stops.join(', ') + ')';
  }

  function breakdown(place) {
    return ORDER.filter(function (s) { return place.statuses && place.statuses[s]; })
      .map(function (s) { return place.statuses[s] + ' ' + LABELS[s].toLowerCase(); })
      .join(', ');
  }

  /* The tooltip of a place: name, count, statuses. Built from DOM nodes, so a place name is text. */
  function tooltipContent(place) {
    const box = el('div', 'map-tip');
    box.append(el('strong', 'map-tip-name', place.name));
    const count = place.count === undefined ? null : plural(place.count, 'claim');
    if (count) box.append(el('div', 'map-tip-count', count));
    const detail = breakdown(place);
    if (detail) box.append(el('div', 'map-tip-statuses', detail));
    if (place.mention && place.mention !== place.name) box.append(el('div', 'map-tip-mention', '“' + place.mention + '”'));
    return box;
  }

  function markerSize(count) {
    return count ? Math.round(24 + Math.min(16, Math.log2(count) * 3)) : 20;
  }

  function markerIcon(place) {
    const status = place.status || 'unverified';
    const pin = el('div', 'pin pin-' + status);
    pin.dataset.placeId = String(place.id);
    pin.dataset.status = status;
    const count = place.count === undefined ? '' : String(place.count);
    pin.append(el('span', 'pin-count', count));
    pin.append(el('span', 'visually-hidden', ' ' + LABELS[status]));
    if (status === 'mixed') pin.style.backgroundImage = pieBackground(place.statuses || {});
    const size = markerSize(place.count);
    pin.style.width = size + 'px';
    pin.style.height = size + 'px';
    return L.divIcon({ html: pin, className: 'pin-holder', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  }

  function placeLabel(place) {
    return place.name + ': ' + (place.count === undefined ? '' : plural(place.count, 'claim') + ', ') + LABELS[place.status || 'unverified'];
  }

  /* A marker with the claim count and the status shape/colour, at `latlng` (the place itself, or
     a spot beside it when spread out). */
  function placeMarker(place, latlng, onClick) {
    const label = placeLabel(place);
    const marker = L.marker(latlng || [place.lat, place.lon], {
      icon: markerIcon(place),
      keyboard: true,
      title: '',
      alt: label,
      riseOnHover: true,
      // A place inside an area (Kursk in the Kursk region) stays clickable above the area's marker.
      zIndexOffset: place.area ? -1000 : 0,
    });
    marker.bindTooltip(tooltipContent(place), { direction: 'top', offset: [0, -10] });
    if (onClick) {
      marker.on('click', function () { onClick(place, marker); });
      onEnter(marker, function () { onClick(place, marker); });
    }
    marker.on('add', function () {
      const icon = marker.getElement();
      if (icon) icon.setAttribute('aria-label', label);
    });
    return marker;
  }

  /* Enter on a focused marker does what a click does (Leaflet only does so for bound popups). */
  function onEnter(marker, action) {
    marker.on('keypress', function (e) {
      if (e.originalEvent && (e.originalEvent.key === 'Enter' || e.originalEvent.keyCode === 13)) action();
    });
  }

  /* A place: its area (outline or circle) and its marker. */
  function addPlace(layer, place, onClick, basemap) {
    addArea(layer, place, basemap);
    return placeMarker(place, null, onClick).addTo(layer);
  }

  // -------------------------------------------------------------------------------------------
  // Places that overlap on screen: a few are spread around their spot, each with a thin line to
  // where it really is; many become one cluster marker that zooms in when clicked.

  const NEAR_PX = 28;
  const SPREAD_MAX = 7;

  function clusterIcon(members) {
    const statuses = {};
    let claims = 0;
    members.forEach(function (p) {
      claims += p.count || 0;
      ORDER.forEach(function (s) { statuses[s] = (statuses[s] || 0) + ((p.statuses || {})[s] || 0); });
    });
    const size = markerSize(claims) + 8;
    const holder = el('div', 'pin-cluster');
    holder.dataset.places = String(members.length);
    holder.style.backgroundImage = pieBackground(statuses);
    holder.style.width = size + 'px';
    holder.style.height = size + 'px';
    holder.append(el('span', 'pin-cluster-count', String(claims)));
    holder.append(el('span', 'visually-hidden', ' claims at ' + plural(members.length, 'place')));
    return {
      icon: L.divIcon({ html: holder, className: 'pin-holder', iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      claims: claims,
    };
  }

  function groupsOf(map, places) {
    const zoom = map.getZoom();
    const points = places.map(function (p) { return map.project([p.lat, p.lon], zoom); });
    const cells = new Map();
    const key = function (x, y) { return x + ':' + y; };
    points.forEach(function (pt, i) {
      const k = key(Math.floor(pt.x / NEAR_PX), Math.floor(pt.y / NEAR_PX));
      if (!cells.has(k)) cells.set(k, []);
      cells.get(k).push(i);
    });
    const order = places.map(function (_p, i) { return i; })
      .sort(function (a, b) { return (places[b].count || 0) - (places[a].count || 0); });
    const taken = new Array(places.length).fill(false);
    const groups = [];
    order.forEach(function (i) {
      if (taken[i]) return;
      taken[i] = true;
      const seed = points[i];
      const members = [i];
      const cx = Math.floor(seed.x / NEAR_PX);
      const cy = Math.floor(seed.y / NEAR_PX);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          (cells.get(key(cx + dx, cy + dy)) || []).forEach(function (j) {
            if (!taken[j] && points[j].distanceTo(seed) < NEAR_PX) {
              taken[j] = true;
              members.push(j);
            }
          });
        }
      }
      groups.push({ centre: seed, members: members.map(function (j) { return places[j]; }) });
    });
    return groups;
  }

  function PlaceLayer(map, options) {
    this.map = map;
    this.options = options || {};
    this.areas = L.layerGroup().addTo(map);
    this.legs = L.layerGroup().addTo(map);
    this.markers = L.layerGroup().addTo(map);
    this.places = [];
    this.basemap = null;
    this.byPlace = new Map();
    map.on('zoomend', this.drawMarkers, this);
  }

  PlaceLayer.prototype.setPlaces = function (places, basemap) {
    this.places = places;
    this.basemap = basemap;
    this.areas.clearLayers();
    const self = this;
    // Areas under everything, the biggest first.
    places.slice().sort(function (a, b) { return (b.radius_km || 0) - (a.radius_km || 0); })
      .forEach(function (place) { addArea(self.areas, place, basemap); });
    this.drawMarkers();
  };

  PlaceLayer.prototype.markerOf = function (placeId) {
    return this.byPlace.get(String(placeId)) || null;
  };

  PlaceLayer.prototype.drawMarkers = function () {
    const map = this.map;
    const onClick = this.options.onClick;
    const self = this;
    this.legs.clearLayers();
    this.markers.clearLayers();
    this.byPlace = new Map();
    const zoom = map.getZoom();
    const atMax = zoom >= map.getMaxZoom();
    let spread = 0;
    let clusters = 0;
    groupsOf(map, this.places).forEach(function (group) {
      const members = group.members;
      if (members.length === 1) {
        self.byPlace.set(String(members[0].id), placeMarker(members[0], null, onClick).addTo(self.markers));
        return;
      }
      if (members.length > SPREAD_MAX && !atMax) {
        clusters += 1;
        const made = clusterIcon(members);
        const bounds = L.latLngBounds(members.map(function (p) { return [p.lat, p.lon]; }));
        const names = members.slice(0, 5).map(function (p) { return p.name; }).join(', ') + (members.length > 5 ? '…' : '');
        const cluster = L.marker(map.unproject(group.centre, zoom), {
          icon: made.icon,
          keyboard: true,
          title: '',
          alt: plural(members.length, 'place') + ', ' + plural(made.claims, 'claim') + ': zoom in',
        });
        cluster.bindTooltip(el('div', 'map-tip', plural(members.length, 'place') + ' (' + names + ')'), { direction: 'top' });
        const zoomIn = function () {
          map.fitBounds(bounds.pad(0.2), { maxZoom: Math.min(map.getMaxZoom(), zoom + 3) });
        };
        cluster.on('click', zoomIn);
        onEnter(cluster, zoomIn);
        cluster.addTo(self.markers);
        return;
      }
      spread += members.length;
      const radius = 16 + members.length * 5;
      members.forEach(function (place, k) {
        const angle = Math.PI + (2 * Math.PI * k) / members.length;
        const at = L.point(group.centre.x + radius * Math.cos(angle), group.centre.y + radius * Math.sin(angle));
        const spot = map.unproject(at, zoom);
        const truth = L.latLng(place.lat, place.lon);
        L.polyline([truth, spot], { className: 'spread-leg', interactive: false }).addTo(self.legs);
        L.circleMarker(truth, { radius: 2.5, className: 'spread-dot', interactive: false }).addTo(self.legs);
        self.byPlace.set(String(place.id), placeMarker(place, spot, onClick).addTo(self.markers));
      });
    });
    const container = map.getContainer();
    container.dataset.spread = String(spread);
    container.dataset.clusters = String(clusters);
    if (this.options.onDraw) this.options.onDraw(this);
  };

  // -------------------------------------------------------------------------------------------
  // A place's popup: its claims under the current filter, fetched when opened.

  function popupContent(data) {
    const box = el('div', 'place-popup-body');
    const place = data.place || {};
    box.append(el('strong', 'place-popup-title', place.name || 'Unknown place'));
    box.append(el('div', 'place-popup-count muted', plural(data.total || 0, 'claim') + ' here under this filter'));
    const list = el('ol', 'place-popup-claims');
    (data.claims || []).forEach(function (claim) {
      const item = el('li', 'place-popup-claim');
      item.dataset.claim = String(claim.id);
      const head = el('div', 'place-popup-meta');
      head.append(el('span', 'badge status-badge status-' + claim.status, claim.status_label));
      head.append(el('span', 'place-popup-source', claim.source + (claim.reliability ? ' (' + claim.reliability + ')' : '')));
      if (claim.date) head.append(el('span', 'place-popup-date muted', claim.date));
      item.append(head);
      const link = el('a', 'place-popup-statement', claim.statement || '(no statement)');
      link.href = claim.url;
      item.append(link);
      list.append(item);
    });
    box.append(list);
    if ((data.total || 0) > (data.claims || []).length) {
      box.append(el('div', 'place-popup-more muted', 'and ' + ((data.total || 0) - data.claims.length) + ' more in the list'));
    }
    return box;
  }

  window.ClaimsMap = {
    LABELS: LABELS,
    ORDER: ORDER,
    el: el,
    plural: plural,
    statusColour: statusColour,
    addTiles: addTiles,
    addBaseLayers: addBaseLayers,
    loadBasemap: loadBasemap,
    addArea: addArea,
    addPlace: addPlace,
    placeMarker: placeMarker,
    PlaceLayer: PlaceLayer,
    popupContent: popupContent,
    tooltipContent: tooltipContent,
  };
})();
