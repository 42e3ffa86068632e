# Alternative: linear Dense branches followed by keras.ops.relu on the symbolic tensors,
# the merge called on a tuple, the head a Sequential of one Dense layer.
# Expect: pass
def build_fusion_model(merge):
    accel = keras.Input(shape=(3,), name="accel")
    gyro = keras.Input(shape=(5,), name="gyro")
    magnet = keras.Input(shape=(7,), name="magnet")
    branches = tuple(
        keras.ops.relu(keras.layers.Dense(4)(sensor)) for sensor in (accel, gyro, magnet)
    )
    head = keras.Sequential([keras.layers.Dense(1)], name="head")
    return keras.Model([accel, gyro, magnet], head(merge(branches)))
