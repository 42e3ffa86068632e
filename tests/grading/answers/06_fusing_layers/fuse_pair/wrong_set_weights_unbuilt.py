# Misconception: a new layer can take its values at once (it has no variables until it knows
# its input width) (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "set_weights was called on layer '\w+' before it was built"
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return keras.Sequential([keras.Input(shape=(6,)), fused])
