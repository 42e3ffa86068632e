# Alternative: the trunk as a Sequential of the base's own layers; dicts in another order.
# Expect: pass
def build_two_heads(base):
    trunk = keras.Sequential(
        [keras.Input((8,)), *(base.get_layer(n) for n in ("hidden", "norm", "features"))]
    )
    readings = keras.Input((8,))
    shared = trunk(readings)
    outputs = [
        keras.layers.Dense(4, activation="softmax", name="kind")(shared),
        keras.layers.Dense(1, name="hours")(shared),
    ]
    model = keras.Model(readings, outputs)
    model.compile(
        optimizer="adam",
        loss_weights={"hours": 0.1, "kind": 1.0},
        loss={"hours": "mean_squared_error", "kind": "sparse_categorical_crossentropy"},
    )
    return model
