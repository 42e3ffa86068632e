# Alternative: copies score via from_config + set_weights, separate ReLU layer
# Expect: pass
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    x = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8)
    cfg = chain.get_layer("score").get_config(); cfg["name"] = "score_copy"
    score = keras.layers.Dense.from_config(cfg)
    y = score(keras.layers.ReLU()(fused(x)))
    model = keras.Model(x, y)
    fused.set_weights([np.matmul(W1, W2), np.matmul(b1, W2) + b2])
    score.set_weights([W3, b3])
    return model
