# Alternative: identity written channel by channel in a loop; Constant initializers; Sequential
# Expect: pass
import keras
import numpy as np


def fuse_repvgg(block):
    conv3, conv1 = block.get_layer("conv3"), block.get_layer("conv1")
    kernel = np.array(conv3.kernel.numpy(), dtype="float64")
    kernel[1, 1, :, :] += np.asarray(conv1.kernel.numpy())[0, 0]
    for c in range(4):
        kernel[1, 1, c, c] += 1.0
    bias = conv3.bias.numpy() + conv1.bias.numpy()
    return keras.Sequential(
        [
            keras.Input(shape=(8, 8, 4)),
            keras.layers.Conv2D(
                4, 3, padding="same", activation="relu",
                kernel_initializer=keras.initializers.Constant(kernel.astype("float32")),
                bias_initializer=keras.initializers.Constant(bias),
            ),
        ]
    )
