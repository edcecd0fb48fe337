-- Speakers and sessions that no loaded row names any more: what a revised or re-parsed record left behind.
delete from speakers
where speaker_id not in (select speaker_id from statements where speaker_id is not null)
  and speaker_id not in (select speaker_id from speaker_aliases where speaker_id is not null);
delete from sessions
where session_id not in (select session_id from meetings where session_id is not null);
