# Alternative: heads built from a spec table, losses as dicts built in the loop
# Expect: pass
import keras


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    shared = trunk(readings)
    spec = [("kind", 4, "softmax", "sparse_categorical_crossentropy", 1.0), ("hours", 1, None, "mse", 0.1)]
    outputs, losses, weights = [], {}, {}
    for name, units, act, loss, weight in spec:
        outputs.append(keras.layers.Dense(units, activation=act, name=name)(shared))
        losses[name] = loss
        weights[name] = weight
    model = keras.Model(readings, outputs)
    model.compile(optimizer="adam", loss=losses, loss_weights=weights)
    return model
