-- wrk script of the write benchmark (bench-writes.sh): one kind of write per run, a fresh Idempotency-Key for every
-- request (os.time() and the thread's number: math.random repeats across runs), and for enrolments and applications
-- a target of their own (each thread takes its own range of session or vacancy ids).
--   WRITE=filing|enrolment|application  TOKEN=...  FIRST=<first target id>  PER_THREAD=<ids per thread>
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  kind = os.getenv("WRITE")
  token = os.getenv("TOKEN")
  prefix = os.time() .. "-" .. number .. "-"
  counter = 0
  target = tonumber(os.getenv("FIRST") or "0") + number * tonumber(os.getenv("PER_THREAD") or "0")
  if kind == "filing" then
    local file = io.open(os.getenv("BODY"), "r")
    body = file:read("*a")
    file:close()
  else
    body = '{"phone": "13800138000", "message": "我有焊工证，三年经验。"}'
  end
end

function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = prefix .. counter }
  if kind == "filing" then
    -- Each filing names an employer, project and contractor of its own: one shared by every filing would make all
    -- of them one arrears cluster, whose lock serialises them (a real hot spot, but not the common case).
    return wrk.format("POST", "/api/v1/wage-complaints", headers, (body:gsub("%%N%%", prefix .. counter)))
  elseif kind == "enrolment" then
    return wrk.format("POST", "/api/v1/training/sessions/" .. (target + counter) .. "/enrolments", headers, "")
  else
    return wrk.format("POST", "/api/v1/jobs/" .. (target + counter) .. "/applications", headers, body)
  end
end

function response(status, headers, body)
  if status ~= 201 then
    failed = (failed or 0) + 1
    if failed <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end
