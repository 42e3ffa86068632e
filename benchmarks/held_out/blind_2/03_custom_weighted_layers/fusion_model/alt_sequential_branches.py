# Alternative: each branch a small named Sequential model
# Expect: pass
import keras


def build_fusion_model(merge):
    names = ("accelerometer", "gyroscope", "magnetometer")
    widths = (3, 5, 7)
    inputs, codes = [], []
    for name, width in zip(names, widths):
        x = keras.Input(shape=(width,), name=name)
        branch = keras.Sequential([keras.layers.Dense(4, activation="relu")], name=f"{name}_branch")
        inputs.append(x)
        codes.append(branch(x))
    return keras.Model(inputs, keras.layers.Dense(1, name="head")(merge(codes)))
