-- The dashboard's "customers who need care first": a shop's customers by balance, lowest first, read as a range.
CREATE INDEX customers_by_balance ON customers (shop_id, balance, customer_ref);
