# Misconception: only the fused layer needs the trained values; the new Dense(3) starts fresh.
# (explained from the weights by fusing_layers.copied, no table entry)
# Expect: fail "computes, but its values were never set: its kernel is still the random one"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), fused, keras.layers.Dense(3)])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
