# Alternative: the members stacked with keras.ops.stack and averaged along the stack's axis 0
# (the members), the softmax written with keras.ops.softmax.
# Expect: pass
def build_ensemble():
    x = keras.Input((6,))
    logits_1 = keras.layers.Dense(4)(keras.layers.Dense(5, activation="relu")(x))
    logits_2 = keras.layers.Dense(4)(x)
    members = [keras.ops.softmax(logits_1, axis=-1), keras.ops.softmax(logits_2, axis=-1)]
    return keras.Model(x, keras.ops.mean(keras.ops.stack(members), axis=0))
