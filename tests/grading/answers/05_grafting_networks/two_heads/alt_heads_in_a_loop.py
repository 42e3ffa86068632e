# Alternative: the heads made in a loop from a table; losses and weights as lists in the
# order of the outputs; the trunk called on a new input.
# Expect: pass
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    shared = trunk(readings)
    heads = [("kind", 4, "softmax"), ("hours", 1, None)]
    outputs = [keras.layers.Dense(n, activation=a, name=name)(shared) for name, n, a in heads]
    model = keras.Model(inputs=readings, outputs=outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(),
        loss=["sparse_categorical_crossentropy", "mse"],
        loss_weights=[1.0, 0.1],
    )
    return model
