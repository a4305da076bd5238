INSERT INTO companies (id, name, name_kana, match_key, created_at, updated_at)
  VALUES (1, '株式会社ひかり電子', 'ひかりでんし', 'ひかり電子', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
INSERT INTO sources (id, name, kind, cost, started_on, ended_on, created_at)
  VALUES (1, '産業交流展2025', 'trade_show', 350000, '2025-11-01', '2025-11-03', '2025-01-01T00:00:00.000Z');
INSERT INTO contacts (id, family_name, given_name, family_kana, given_kana, company_id, email, phone_work, source_id, stage, sort_key, created_at, updated_at)
  VALUES (1, '山田', '太郎', 'やまだ', 'たろう', 1, 'taro@hikari.example.jp', '03-1234-5678', 1, 'warm', 'やまた' || char(1) || 'たろう', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
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
