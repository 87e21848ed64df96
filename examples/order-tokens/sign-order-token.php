<?php
// How a shop's PHP server makes a verified-purchase token for a review link.
// Sign with the `orderTokenSecret` from GET /v1/shops/:shopId/settings (keep it on the server, never in a page).
//
//   $token = opinia_sign_order_token($secret, 'demo', 'ZK-1042', 'BRUSH-SET-3');
//   echo '<script src="https://<worker>/widget.js" data-shop="demo" data-mode="review"'
//      . ' data-product-id="BRUSH-SET-3" data-order-token="' . htmlspecialchars($token) . '" async></script>';

function opinia_base64url(string $bytes): string {
    return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
}

/** Compact token: base64url(JSON payload) . "." . base64url(HMAC-SHA256(first part, secret)). */
function opinia_sign_order_token(string $secret, string $shopId, string $orderId, ?string $productId = null, int $validForDays = 60): string {
    $payload = ['s' => $shopId, 'o' => $orderId];
    if ($productId !== null) {
        $payload['p'] = $productId;
    }
    $payload['exp'] = time() + $validForDays * 86400;
    $body = opinia_base64url(json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    return $body . '.' . opinia_base64url(hash_hmac('sha256', $body, $secret, true));
}
