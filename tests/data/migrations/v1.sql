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
