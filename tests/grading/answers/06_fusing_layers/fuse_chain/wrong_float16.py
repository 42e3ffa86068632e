# Misconception: the fused chain may run in half precision for inference (its outputs are
# then the chain's rounded to about 3 digits) (explained from the layers' dtype by
# fusing_layers.check_same_function, no table entry).
# Expect: fail "the fused layer computes in float16 \(its dtype\), not float32"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8, activation="relu", dtype="float16")
    score = keras.layers.Dense(3, dtype="float16")
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
