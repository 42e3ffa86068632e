# Alternative: the difference in a Lambda with keras.ops.subtract, names on everything
# Expect: pass
def build_siamese_model():
    a = keras.Input(shape=(10,), name="a")
    b = keras.Input(shape=(10,), name="b")
    shared = keras.layers.Dense(6, activation="tanh", name="shared_encoder")
    ea, eb = shared(a), shared(b)
    d = keras.layers.Lambda(lambda t: keras.ops.subtract(t[0], t[1]), name="diff")([ea, eb])
    head = keras.layers.Dense(1, activation="sigmoid", name="head")
    return keras.Model(inputs=[a, b], outputs=head(d), name="siamese")
