-- The Intranet site was seeded with 0.0.0.0/0, so every IPv4 device landed there and none in Internet (issue 16).
-- As the guide has it, its public subnet is a placeholder of zeros that matches nothing until an admin sets it up:
-- 0.0.0.0/32. Only an Intranet nobody edited changes, and its devices, which it held by the catch-all alone, go to
-- Internet.
UPDATE device SET site_id = 1
WHERE site_id = 2
  AND EXISTS (SELECT 1 FROM site WHERE id = 2 AND version = 1)
  AND EXISTS (SELECT 1 FROM site_subnet WHERE id = 3 AND site_id = 2 AND mask_length = 0);
UPDATE site_subnet SET mask_length = 32, range_high = '00000000000000000000ffff00000000'
WHERE id = 3 AND site_id = 2 AND mask_length = 0
  AND EXISTS (SELECT 1 FROM site WHERE id = 2 AND version = 1);
UPDATE site SET description = 'Set its public subnet to your enterprise''s addresses, or delete it; until then it matches no device'
WHERE id = 2 AND version = 1;
