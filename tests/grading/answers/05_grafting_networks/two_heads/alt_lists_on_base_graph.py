# Alternative: both heads on the base's own 'features' tensor; losses as objects and
# loss weights as lists, in the order of the outputs.
# Expect: pass
def build_two_heads(base):
    features = base.get_layer("features").output
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(base.inputs, [kind, hours])
    model.compile(
        optimizer=keras.optimizers.Adam(),
        loss=[keras.losses.SparseCategoricalCrossentropy(), keras.losses.MeanSquaredError()],
        loss_weights=[1.0, 0.1],
    )
    return model
