-- Early warning links filings just after they commit (wages/ArrearsLinker), reading their events in commit order
-- after this cursor. It starts at the newest event: every filing before it was linked in its own transaction (and a
-- filing an older instance still links so is passed over).
insert into event_cursor (name, txid, event_id)
select 'arrears-link', coalesce(max(txid), 0), coalesce(max(id), 0)
  from (select txid, id from event order by txid desc, id desc limit 1) newest;
