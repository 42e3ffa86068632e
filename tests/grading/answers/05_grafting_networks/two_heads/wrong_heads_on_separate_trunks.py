# Misconception: each head needs a trunk of its own (then each trunk learns from one
# loss only, and the heads share nothing).
# Expect: fail "the heads do not share the trunk"
def build_two_heads(base):
    other = load_base()
    trunk_for_kind = keras.Model(base.inputs, base.get_layer("features").output)
    trunk_for_hours = keras.Model(other.inputs, other.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(trunk_for_kind(readings))
    hours = keras.layers.Dense(1, name="hours")(trunk_for_hours(readings))
    model = keras.Model(readings, [kind, hours])
    model.compile(
        optimizer="adam",
        loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
        loss_weights={"kind": 1.0, "hours": 0.1},
    )
    return model
