# Misconception: the ReLU is applied to the fused weights, as it was "inside" project
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8)
    score = keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([np.maximum(w1 @ w2, 0.0), np.maximum(b1 @ w2 + b2, 0.0)])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
