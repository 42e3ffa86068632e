# Misconception: a base reused under new heads must always be frozen (here both heads
# should train the shared trunk).
# Expect: fail "(?m)Received: +freezes 'hidden' \(Dense\), 'norm' \(BatchNormalization\), 'features' \(Dense\)$"
def build_two_heads(base):
    trunk = keras.Model(base.inputs, base.get_layer("features").output)
    trunk.trainable = False
    readings = keras.Input(shape=(8,))
    features = trunk(readings, training=False)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
