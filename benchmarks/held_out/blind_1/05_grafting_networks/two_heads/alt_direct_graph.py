# Alternative: no sub-model: heads on the base's features tensor directly
# Expect: pass
def build_two_heads(base):
    features = base.get_layer("features").output
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(features)
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(base.input, [kind, hours])
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
