# Alternative: extend the base's own graph from its input, objects for optimizer and losses
# Expect: pass
def build_two_heads(base):
    features = base.get_layer("features").output
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(inputs=base.input, outputs=[kind, hours])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.001),
        loss={"kind": keras.losses.SparseCategoricalCrossentropy(), "hours": keras.losses.MeanSquaredError()},
        loss_weights={"hours": 0.1, "kind": 1.0},
    )
    return model
