# Alternative: heads attached straight to the base's own graph (base.input), no new Input
# Expect: pass
import keras


def build_two_heads(base):
    trunk_out = base.get_layer("features").output
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(trunk_out)
    hours = keras.layers.Dense(1, name="hours")(trunk_out)
    model = keras.Model(base.input, [kind, hours], name="two_heads")
    model.compile(
        optimizer="adam",
        loss={"hours": keras.losses.MeanSquaredError(), "kind": keras.losses.SparseCategoricalCrossentropy()},
        loss_weights={"hours": 0.1, "kind": 1.0},
    )
    return model
