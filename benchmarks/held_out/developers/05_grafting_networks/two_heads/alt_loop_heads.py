# Alternative: heads made in a loop from a spec table; base.trainable set explicitly
# Expect: pass
HEADS = [("kind", 4, "softmax", "sparse_categorical_crossentropy", 1.0), ("hours", 1, None, "mse", 0.1)]


def build_two_heads(base):
    base.trainable = True
    trunk = keras.Model(base.inputs, base.get_layer("features").output, name="trunk")
    x = keras.Input(shape=(8,))
    shared = trunk(x)
    outs = [keras.layers.Dense(u, activation=a, name=n)(shared) for n, u, a, _, _ in HEADS]
    model = keras.Model(x, outs)
    model.compile(
        optimizer=keras.optimizers.Adam(),
        loss={n: l for n, _, _, l, _ in HEADS},
        loss_weights={n: w for n, _, _, _, w in HEADS},
    )
    return model
