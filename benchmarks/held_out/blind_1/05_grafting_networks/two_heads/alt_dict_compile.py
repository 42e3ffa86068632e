# Alternative: dicts keyed by output name, Adam instance
# Expect: pass
def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    f = trunk(x)

    kind = keras.layers.Dense(4, activation="softmax", name="kind")(f)
    hours = keras.layers.Dense(1, name="hours")(f)
    model = keras.Model(inputs=x, outputs=[kind, hours])
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss={"kind": keras.losses.SparseCategoricalCrossentropy(), "hours": keras.losses.MeanSquaredError()},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
