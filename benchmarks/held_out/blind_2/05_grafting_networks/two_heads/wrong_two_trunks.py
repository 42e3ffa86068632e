# Misconception: each head needs its own trunk, so cut the base twice with a clone
# Expect: fail
import keras


def build_two_heads(base):
    readings = keras.Input(shape=(8,))
    trunk1 = keras.Model(base.input, base.get_layer("features").output, name="trunk_kind")
    clone = keras.models.clone_model(base)
    clone.set_weights(base.get_weights())
    trunk2 = keras.Model(clone.input, clone.get_layer("features").output, name="trunk_hours")
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(trunk1(readings))
    hours = keras.layers.Dense(1, name="hours")(trunk2(readings))
    model = keras.Model(readings, [kind, hours])
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "hours": "mse"},
                  loss_weights={"kind": 1.0, "hours": 0.1})
    return model
