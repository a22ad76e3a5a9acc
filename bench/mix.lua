-- wrk script for bench/load.py: each thread cycles through the paths given after `--`.
-- A path written "hx:/..." is sent as an htmx request (HX-Request: true), as the dashboard's
-- own claim list is. Every request also carries wrk's -H headers (the session cookie).
-- wrk itself counts the answers that are not 2xx/3xx ("Non-2xx or 3xx responses").

local started = 0

function setup(thread)
   thread:set("offset", started)
   started = started + 1
end

function init(args)
   requests = {}
   for _, arg in ipairs(args) do
      local hx = arg:sub(1, 3) == "hx:"
      local headers = {}
      for name, value in pairs(wrk.headers) do
         headers[name] = value
      end
      if hx then
         headers["HX-Request"] = "true"
      end
      table.insert(requests, wrk.format("GET", hx and arg:sub(4) or arg, headers))
   end
   -- Threads start at different points of the cycle, so the pages are mixed at every moment.
   position = (offset or 0) * 3 % #requests
end

function request()
   position = position % #requests + 1
   return requests[position]
end
