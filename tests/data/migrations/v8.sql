INSERT INTO companies (id, name, name_kana, match_key, created_at, updated_at)
  VALUES (1, '株式会社ひかり電子', 'ひかりでんし', 'ひかり電子', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
INSERT INTO sources (id, name, kind, cost, started_on, ended_on, created_at)
  VALUES (1, '産業交流展2025', 'trade_show', 350000, '2025-11-01', '2025-11-03', '2025-01-01T00:00:00.000Z');
INSERT INTO contacts (id, family_name, given_name, family_kana, given_kana, company_id, email, phone_work, source_id, stage, sort_key, created_at, updated_at, details_confirmed_at, score, owner, created_by, changed_by, row_version)
  VALUES (1, '山田', '太郎', 'やまだ', 'たろう', 1, 'taro@hikari.example.jp', '03-1234-5678', 1, 'warm', 'やまた' || char(1) || 'たろう', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-11-05T10:00:00', 42, 'sato', 'sato', 'tanaka', 3);
INSERT INTO contacts (id, family_name, given_name, sort_key, created_at, updated_at, deleted_at)
  VALUES (2, 'Smith', 'Jane', 'smith', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');
INSERT INTO tags (id, name, match_key) VALUES (1, 'VIP', 'vip');
INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1);
INSERT INTO import_batches (id, file, encoding, preset, on_duplicate, rows, created, merged, skipped, rejected, imported_at, changeset)
  VALUES (1, '/home/owner/eight.csv', 'cp932', 'eight', 'merge', 2, 1, 1, 0, 0, '2025-11-05T09:00:00.000Z', x'00');
INSERT INTO import_batch_contacts (batch_id, contact_id, action) VALUES (1, 1, 'merged');
INSERT INTO contact_match_keys (contact_id, kind, key) VALUES (1, 'email', 'taro@hikari.example.jp');
INSERT INTO contact_history (id, contact_id, field, old_value, new_value, changed_at, batch_id)
  VALUES (1, 1, 'title', '課長', '部長', '2025-11-05T09:00:00.000Z', 1);
INSERT INTO stage_changes (id, contact_id, from_stage, to_stage, changed_on, note, recorded_at)
  VALUES (1, 1, NULL, 'cold', '2025-11-02', '', '2025-11-05T09:00:00.000Z');
INSERT INTO stage_changes (id, contact_id, from_stage, to_stage, changed_on, note, recorded_at)
  VALUES (2, 1, 'cold', 'warm', '2025-11-20', '見積依頼あり', '2025-11-20T09:00:00.000Z');
INSERT INTO stage_changes (id, contact_id, from_stage, to_stage, changed_on, note, recorded_at)
  VALUES (3, 2, NULL, 'cold', '2025-01-01', '', '2025-01-01T00:00:00.000Z');
INSERT INTO activities (id, contact_id, occurred_at, channel, direction, summary, outcome, created_at)
  VALUES (1, 1, '2025-11-20T10:30:00', 'phone', 'inbound', '見積の依頼', 'interested', '2025-11-20T01:30:00.000Z');
INSERT INTO follow_ups (id, contact_id, due_on, due_at, channel, purpose, status, assigned_to, cadence, completed_on, activity_id, created_at, updated_at, created_by, changed_by, row_version)
  VALUES (1, 1, '2025-12-22', NULL, 'phone', '定期フォロー', 'open', '佐藤', 1, NULL, NULL, '2025-11-20T01:30:00.000Z', '2025-11-20T01:30:00.000Z', 'tanaka', 'tanaka', 2);
INSERT INTO follow_ups (id, contact_id, due_on, due_at, channel, purpose, status, assigned_to, cadence, completed_on, activity_id, created_at, updated_at)
  VALUES (2, 1, '2025-11-20', '10:00', 'phone', '展示会のお礼', 'done', '', 0, '2025-11-20', 1, '2025-11-05T01:30:00.000Z', '2025-11-20T01:30:00.000Z');
INSERT INTO deals (id, contact_id, title, amount, currency, expected_close_on, status, closed_on, created_on, updated_at, created_by, changed_by, row_version)
  VALUES (1, 1, '検査装置 2台', 1200000, 'JPY', '2026-01-31', 'open', NULL, '2025-11-20', '2025-11-20T01:30:00.000Z', 'sato', 'sato', 1);
INSERT INTO settings (key, value) VALUES ('cadence.warm', '21');
INSERT INTO import_presets (name, saved_at) VALUES ('顧客台帳', '2025-12-01T00:00:00.000Z');
INSERT INTO import_preset_columns (preset, position, header, field) VALUES ('顧客台帳', 0, '会社', 'company');
INSERT INTO import_preset_columns (preset, position, header, field) VALUES ('顧客台帳', 1, '担当者', 'full_name');
INSERT INTO import_preset_columns (preset, position, header, field) VALUES ('顧客台帳', 2, '社内メモ', 'ignore');
INSERT INTO company_merges (id, kept_id, absorbed_id, absorbed_name, absorbed_name_kana, absorbed_match_key, absorbed_created_at, absorbed_updated_at, kept_name_kana, kept_updated_at, merged_at)
  VALUES (1, 1, 2, 'ヒカリ電子', '', 'ヒカリ電子', '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z', 'ひかりでんし', '2025-01-01T00:00:00.000Z', '2025-12-02T00:00:00.000Z');
INSERT INTO company_merge_contacts (merge_id, contact_id) VALUES (1, 1);
