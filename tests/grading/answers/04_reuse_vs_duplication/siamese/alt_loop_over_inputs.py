# Alternative: the encodings made in a loop over the inputs, a separate sigmoid layer.
# Expect: pass
def build_siamese_model():
    inputs = [keras.Input(shape=(10,), name=side) for side in ("left", "right")]
    shared = keras.layers.Dense(6, activation="tanh")
    codes = [shared(x) for x in inputs]
    score = keras.layers.Dense(1)(keras.layers.subtract(codes))
    return keras.Model(inputs, keras.layers.Activation("sigmoid")(score))
