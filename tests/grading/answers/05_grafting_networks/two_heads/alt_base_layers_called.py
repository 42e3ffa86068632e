# Alternative: the trunk written as calls of the base's own layers, one after the other;
# loss objects by output name.
# Expect: pass
def build_two_heads(base):
    readings = keras.Input(shape=(8,))
    x = readings
    for name in ("hidden", "norm", "features"):
        x = base.get_layer(name)(x)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(x)
    hours = keras.layers.Dense(1, name="hours")(x)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={
            "hours": keras.losses.MeanSquaredError(),
            "kind": keras.losses.SparseCategoricalCrossentropy(),
        },
        loss_weights={"hours": 0.1, "kind": 1.0},
    )
    return model
