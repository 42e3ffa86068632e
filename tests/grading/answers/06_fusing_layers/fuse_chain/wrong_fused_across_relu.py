# Misconception: any chain of Dense layers multiplies out into one, activations or not.
# Expect: fail "all three layers were fused into one Dense\(3\)"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    w3, b3 = chain.get_layer("score").get_weights()
    fused = keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2 @ w3, (b1 @ w2 + b2) @ w3 + b3])
    return model
