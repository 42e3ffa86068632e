# Misconception: the later layer's kernel comes first in the product, as in W2 (W1 x).
# (explained from numpy's error in the fusing context, no table entry)
# Expect: fail "kernels multiplied in the wrong order"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused, score = keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w2 @ w1, b2 @ w1 + b1])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
